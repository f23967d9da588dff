// @runtimes node browser
console.log(0 || 'a', '' || 0 || null, 'x' || 'y', 1 && 2, 0 && 2, null && f());
console.log(null ?? 'd', undefined ?? 'd', 0 ?? 'd', '' ?? 'd', false ?? 'd');
console.log(!0, !'', !'0', ![], !!NaN, !!{}, !!-0);
let calls = 0;
const t = () => { calls++; return true; };
false && t(); true || t(); 1 ?? t(); null ?? t();
console.log(calls);
console.log((null || undefined) ?? 'chained');
