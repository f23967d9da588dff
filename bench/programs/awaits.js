/* global console */
// 5,000 sequential awaits in one async function.
async function main() {
  let sum = 0;
  for (let i = 0; i < 5000; i++) {
    sum += await i;
  }
  console.log(sum);
}
main();
