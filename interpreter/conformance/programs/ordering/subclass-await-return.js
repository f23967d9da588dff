// @runtimes node browser
class Sub extends Promise {}
async function f() {
  return Sub.resolve('sub return');
}
f().then((v) => console.log(v));
let i = 0;
const step = () => {
  if (i < 6) {
    console.log('step', ++i);
    Promise.resolve().then(step);
  }
};
step();
