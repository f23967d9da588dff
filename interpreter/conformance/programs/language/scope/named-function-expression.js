// @runtimes node browser
const fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(fact(5));
console.log(typeof f);
const g = function h() { 'use strict'; try { h = 1; } catch (e) { return e.message; } };
console.log(g());
const anon = function () {};
const arrow = () => {};
console.log(anon.name, arrow.name, fact.name);
