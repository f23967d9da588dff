console.log(JSON.parse('{"a":1,"b":[1,2,{"c":null}],"d":"str","e":true}'));
console.log(JSON.parse('"text"'), JSON.parse('42'), JSON.parse('null'), JSON.parse(' [1, 2] '), JSON.parse('1e3'));
console.log(JSON.parse('{"a":{"b":1}}', (k, v) => (typeof v === 'number' ? v + 100 : v)));
const order = [];
JSON.parse('{"x":{"y":1},"z":[2]}', function (k, v) { order.push(k); return v; });
console.log(order);
console.log(JSON.parse('{"drop":1,"keep":2}', (k, v) => (k === 'drop' ? undefined : v)));
for (const bad of ['{a:1}', "{'a':1}", '[1,]', '', 'undefined', '{"a":1', 'tru']) {
  try { JSON.parse(bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}
