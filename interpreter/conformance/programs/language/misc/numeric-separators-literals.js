// @runtimes node browser
console.log(1_000_000, 0xff, 0b1010_1010, 0o7_7, 1e1_0, .5, 5., 0.1e2, 0XAB, 0B11, 0O17, 1E3);
console.log(08, 010, 09.5);
