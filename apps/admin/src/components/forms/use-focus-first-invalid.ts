import { useEffect, useRef, useState } from 'react';

/**
 * After a refused submit, focus goes to the first field marked invalid. It waits for the render
 * that marks the fields, hence a request counter rather than a direct focus() call.
 */
export function useFocusFirstInvalid() {
  const formRef = useRef<HTMLFormElement>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request]);
  return { formRef, focusFirstInvalid: () => setRequest((count) => count + 1) };
}
