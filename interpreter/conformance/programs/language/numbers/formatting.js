// @runtimes node browser
console.log((1234.5678).toFixed(2), (0.000001234).toFixed(8), (1.005).toFixed(2), (1e21).toFixed(2), (-1.5).toFixed(0), (2.5).toFixed(0));
console.log((123.456).toPrecision(4), (0.00012).toPrecision(2), (123456).toPrecision(2), (1.5).toExponential(3), (12345).toExponential());
console.log(1e21, 1e-7, 123456789012345680000, 0.000001, 2 ** 53, -1e-7, 1 / 3, 100 / 3, 5e-324, 1.7976931348623157e308);
console.log((1234567.891).toLocaleString(), (0.5).toLocaleString(), (1e6).toLocaleString('en-US'));
