// @runtimes node browser
try { Map.prototype.get.call({}, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Map([1, 2]); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Set(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new WeakSet([1]); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(new Map(null).size, new Set(undefined).size, new Map([[1]]).get(1));
