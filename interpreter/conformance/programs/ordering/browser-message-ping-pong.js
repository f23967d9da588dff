// @runtimes browser
const { port1, port2 } = new MessageChannel();
let n = 0;
port1.onmessage = () => {
  console.log('ping', n);
  if (++n < 4) port2.postMessage(0);
};
port2.postMessage(0);
let m = 0;
const tick = () => {
  console.log('tick', m);
  if (++m < 4) setTimeout(tick, 0);
};
setTimeout(tick, 0);
