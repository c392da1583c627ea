/**
 * Benchmark figures: each is printed as one `name: value unit` line and collected into one
 * flat JSON object written to .output/bench.json (the names are a contract; see README).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const figures: Record<string, number | string> = {};

export function figure(name: string, value: number, unit: string, digits = 2): void {
  const rounded = Number(value.toFixed(digits));
  figures[name] = rounded;
  console.log(`${name}: ${rounded} ${unit}`);
}

export function note(name: string, value: string): void {
  figures[name] = value;
  console.log(`${name}: ${value}`);
}

export function writeFigures(path = resolve(import.meta.dirname, '../../.output/bench.json')): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(figures, null, 2) + '\n');
  console.log(`\nwrote ${path}`);
}
