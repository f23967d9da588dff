// @runtimes node browser
const obj = {
  async method() {
    await null;
    console.log('method');
  },
};
class K {
  async run() {
    await null;
    console.log('class method');
  }
  static async s() {
    console.log('static before');
    await undefined;
    console.log('static after');
  }
}
const arrow = async () => {
  await 0;
  console.log('arrow');
};
obj.method();
new K().run();
K.s();
arrow();
console.log('sync');
