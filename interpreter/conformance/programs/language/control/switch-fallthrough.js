function days(month) {
  let d;
  switch (month) {
    case 'feb':
      d = 28;
      break;
    case 'apr':
    case 'jun':
    case 'sep':
    case 'nov':
      d = 30;
      break;
    default:
      d = 31;
  }
  return d;
}
console.log(['jan', 'feb', 'jun', 'nov', 'dec'].map(days));
function fall(x) {
  const out = [];
  switch (x) {
    case 1: out.push(1);
    case 2: out.push(2);
    default: out.push('d');
    case 3: out.push(3);
  }
  return out;
}
console.log(fall(1), fall(2), fall(3), fall(9));
switch ('1') { case 1: console.log('loose'); break; case '1': console.log('strict match'); }
