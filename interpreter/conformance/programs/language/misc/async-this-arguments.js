// @runtimes node browser
const o = {
  name: 'o',
  async regular() { await null; return this.name; },
  async args() { await null; return arguments.length; },
  async withArrow() { const f = async () => { await null; return this.name; }; return f(); },
};
o.regular().then((v) => console.log('regular', v));
o.args(1, 2, 3).then((v) => console.log('args', v));
o.withArrow().then((v) => console.log('arrow', v));
