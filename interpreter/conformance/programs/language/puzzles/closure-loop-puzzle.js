var out = [];
for (var i = 0; i < 3; i++) {
  out.push(function () { return i; });
}
console.log(out.map((f) => f()));
var fixed = [];
for (var j = 0; j < 3; j++) {
  (function (k) { fixed.push(function () { return k; }); })(j);
}
console.log(fixed.map((f) => f()));
var bound = [];
for (var m = 0; m < 3; m++) bound.push(function (x) { return x; }.bind(null, m));
console.log(bound.map((f) => f()));
