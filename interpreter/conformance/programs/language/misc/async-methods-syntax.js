class Api {
  constructor() { this.base = 'api'; }
  async get(path) { return `${this.base}/${path}`; }
  static async create() { return new Api(); }
}
const obj = { async method() { return 'obj method'; }, arrow: async (x) => x * 2, async ['comp' + 'uted']() { return 'c'; } };
(async () => {
  const api = await Api.create();
  console.log(await api.get('users'), await obj.method(), await obj.arrow(21), await obj.computed());
  const results = await Promise.all([1, 2, 3].map(async (n) => n * n));
  console.log(results);
  try { await Promise.reject(new Error('rejected')); } catch (e) { console.log('caught', e.message); } finally { console.log('finally'); }
  console.log(api.get, obj.arrow, Api.create);
})();
