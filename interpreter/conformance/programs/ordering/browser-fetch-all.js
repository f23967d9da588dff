// @runtimes browser
// @fetch /a 700ms A
// @fetch /b 100ms B
// @fetch /c 700ms C
// @fetch /d 100ms D
// Distinct URLs: Chromium's HTTP cache makes a second request for a URL wait for the first.
Promise.all([fetch('/a'), fetch('/b')])
  .then((responses) => Promise.all(responses.map((r) => r.text())))
  .then((texts) => console.log(texts.join(',')));
Promise.race([fetch('/c'), fetch('/d')])
  .then((r) => r.text())
  .then((t) => console.log('race', t));
