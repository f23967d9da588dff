const inventory = [
  { name: 'asparagus', type: 'vegetables', quantity: 5 },
  { name: 'bananas', type: 'fruit', quantity: 0 },
  { name: 'goat', type: 'meat', quantity: 23 },
  { name: 'cherries', type: 'fruit', quantity: 5 },
];
const grouped = {};
for (const item of inventory) (grouped[item.type] ??= []).push(item.name);
console.log(grouped);
const byQty = inventory.reduce((acc, { quantity, name }) => ({ ...acc, [quantity > 4 ? 'ok' : 'restock']: [...(acc[quantity > 4 ? 'ok' : 'restock'] ?? []), name] }), {});
console.log(byQty);
