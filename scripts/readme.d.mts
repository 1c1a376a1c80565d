export function blockContent(args: string): string;
export function generatedBlocks(readme: string): { args: string; current: string; wanted: string }[];
export function regenerate(readme: string): string;
