console.log(this);
console.log(typeof this, this === globalThis);
const arrow = () => this;
console.log(arrow() === this);
this.exported = 1;
console.log(this);
