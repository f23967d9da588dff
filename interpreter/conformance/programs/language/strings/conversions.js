// @runtimes node browser
console.log(String(123), (123).toString(), 123 + '', `${123}`, (255).toString(16), (255).toString(2), (0.5).toString(2), (-255).toString(36));
console.log(Number('42'), Number('42px'), parseInt('42px'), parseFloat('3.14abc'), parseInt('0x1f'), parseInt('1010', 2), parseInt('  7 '), Number(''), Number(' '), Number('0b101'), Number('1_000'));
console.log(parseInt(''), parseInt('abc'), parseFloat('.5'), parseFloat('-.5e2'), Number(null), Number(undefined), Number([]), Number(['7']), Number([1, 2]), Number(true));
console.log(String(-0), (-0).toString(), `${-0}`, JSON.stringify(-0), [-0] + '');
