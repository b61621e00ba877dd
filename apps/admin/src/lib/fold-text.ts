// Text compared as Vietnamese readers type it: without diacritics or case ("67 kh" finds
// "67-KH/TU", "thanh uy" finds "Thành ủy"), the way the API's own search matches names.

export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every word typed appears in the text, in any order. */
export function matchesWords(text: string, typed: string): boolean {
  const haystack = foldText(text);
  return foldText(typed)
    .split(' ')
    .every((word) => haystack.includes(word));
}
