// line comment
/* block
   comment */
const a = 1
const b = 2
const c = a
+ b
console.log(c)
const f = () => {
  return
  42
}
console.log(f())
let i = 0
i
++
i
console.log(i)
const arr = [1, 2]
;[3, 4].forEach((x) => console.log(x))
console.log(arr)
