// @runtimes node browser
// Number toLocaleString and the locale case conversions take their locales and options (ICU, as
// V8 formats them); what ICU refuses is the program's error.
console.log((1234.5).toLocaleString(), (1234.5).toLocaleString('de-DE'), (0.256).toLocaleString('en-US', { style: 'percent' }));
console.log((1234.5).toLocaleString('en-US', { style: 'currency', currency: 'EUR' }), (1e6).toLocaleString('en-IN'));
console.log((3.14159).toLocaleString(undefined, { maximumFractionDigits: 2 }), (5).toLocaleString('en', { minimumIntegerDigits: 3 }));
console.log('i'.toLocaleUpperCase('tr'), 'I'.toLocaleLowerCase('tr'), 'straße'.toLocaleUpperCase(), 'ABC'.toLocaleLowerCase(['en']));
try { (1).toLocaleString('en', { style: 'currency' }); } catch (e) { console.log(e.name, e.message); }
try { (1).toLocaleString('xx-!!'); } catch (e) { console.log(e.name); }
console.log([1234.5, 2].toLocaleString());
try { (1).toLocaleString('en', null); } catch (e) { console.log(e.name, e.message); }
