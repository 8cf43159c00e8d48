import Link from "next/link";

export interface Tile {
  label: string;
  value: number;
  href?: string;
  testId: string;
}

export function Tiles({ tiles }: { tiles: Tile[] }) {
  return (
    <ul className="tiles">
      {tiles.map((tile) => (
        <li key={tile.testId} className="tile" data-testid={tile.testId}>
          <span className="tile-value">{tile.value.toLocaleString("en")}</span>
          <span className="tile-label">{tile.href ? <Link href={tile.href}>{tile.label}</Link> : tile.label}</span>
        </li>
      ))}
    </ul>
  );
}
