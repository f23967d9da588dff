// @runtimes node browser
try { throw new Error('boom'); } catch (e) { console.log('caught', e.message); }
try { throw 'a string'; } catch (e) { console.log(typeof e, e); }
try { throw { code: 42 }; } catch ({ code }) { console.log('code', code); }
try { throw null; } catch (e) { console.log(e); }
try { undefinedFunction(); } catch { console.log('optional catch binding'); }
try { console.log('no throw'); } catch (e) { console.log('never'); }
