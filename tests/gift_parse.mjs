// Parses GIFT files with the reference parser gift-pegjs and prints what it read as JSON.
import { readFileSync } from "node:fs";
import gift from "gift-pegjs";

const parsed = process.argv.slice(2).map((file) => gift.parse(readFileSync(file, "utf8")));
process.stdout.write(JSON.stringify(parsed));
