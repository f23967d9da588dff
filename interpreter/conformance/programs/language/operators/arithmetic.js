// @runtimes node browser
console.log(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1, (-2) ** 3);
console.log(0.1 + 0.2, 0.1 + 0.2 === 0.3, 1 / 0, -1 / 0, 0 / 0, 5 % 0);
console.log(1 + '2', '3' - 1, '3' * '4', 'a' * 1, +'', +' 12 ', +'1e3', +[], +{}, +[5], +null, +undefined, +true);
console.log(-0, 0 * -1, Object.is(-0, 0), -0 === 0, 1 / -0);
console.log(2 ** 3 ** 2, (2 ** 3) ** 2, 10 / 3);
console.log(Number.MAX_SAFE_INTEGER + 2, 2 ** 53 + 1);
