// @runtimes node browser
// encodeURIComponent, decodeURIComponent, encodeURI, decodeURI, escape and unescape, and the URIError of a malformed URI.
const { encodeURIComponent, decodeURIComponent, encodeURI, decodeURI, escape, unescape } = globalThis;
for (const f of [encodeURIComponent, decodeURIComponent, encodeURI, decodeURI, escape, unescape]) {
  const d = Object.getOwnPropertyDescriptor(globalThis, f.name);
  console.log(typeof f, f.name, f.length, d.writable, d.enumerable, d.configurable, String(f));
}
console.log(encodeURIComponent('a b&c/d?é€😀=;,#'), encodeURI('http://x.y/a b?q=1&r=é#h'));
console.log(escape('a b+é€@*_-./'), unescape('%u20AC%E9%zz%4'));
console.log(decodeURIComponent('%E2%82%AC%20%26%2f'), decodeURI('%E2%82%AC%20%26%2F%3f'));
console.log(encodeURIComponent(123), encodeURIComponent({ toString() { return 'x y'; } }), encodeURI(), decodeURI(undefined), escape(null));
const show = (f) => {
  try {
    return f();
  } catch (e) {
    return `${e instanceof URIError} ${e.name}: ${e.message} ${Object.keys(e).length}`;
  }
};
console.log(show(() => decodeURIComponent('%')));
console.log(show(() => decodeURI('%E2%82')));
console.log(show(() => decodeURIComponent('%C0%80')));
console.log(show(() => encodeURIComponent('\uD800')));
console.log(show(() => encodeURI('\uDC00x')));
console.log(show(() => encodeURIComponent(Symbol('s'))));
console.log(show(() => new encodeURI('x')));
