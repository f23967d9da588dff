// @runtimes node browser
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(15));
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(10), isOdd(7));
const hanoi = (n, from, to, via, moves = []) => {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(`${from}->${to}`);
  hanoi(n - 1, via, to, from, moves);
  return moves;
};
console.log(hanoi(3, 'A', 'C', 'B').join(' '));
