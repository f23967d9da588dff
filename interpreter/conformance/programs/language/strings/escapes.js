console.log('tab\there', 'new\nline', 'quote"s', "apos's", 'back\\slash', '\u2603', '\x41');
console.log(['tab\t', 'nl\n', "it's", 'say "hi"', `both ' and "`, 'back\\', '\0', '\x7f', 'é']);
console.log({ "key with space": 1, 'it\'s': 2, valid_id: 3, $dollar: 4, '1abc': 5, 'ü': 6 });
console.log(JSON.stringify('tab\t"q"\n\u2028'));
