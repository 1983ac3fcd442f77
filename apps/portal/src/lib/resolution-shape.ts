// How a resolution reads. The data has no "alternatives" kind yet: a resolution whose text announces a
// choice ("do one of the following:") is shown with its steps as unordered alternatives, not a sequence.
const CHOICE = [/\bone of the following\b/i, /\bune des (actions|options|méthodes) suivantes\b/i];

export function offersAlternatives(text: string): boolean {
  return CHOICE.some((pattern) => pattern.test(text));
}
