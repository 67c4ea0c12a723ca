// A show/hide control's accessibility in one place: the button says whether it is open and which region it controls.
import { useCallback, useId, useState } from 'react';

export function useDisclosure(initiallyOpen = false) {
  const [open, setOpen] = useState(initiallyOpen);
  const regionId = useId();
  const toggle = useCallback(() => setOpen((o) => !o), []);
  return {
    open,
    toggle,
    buttonProps: { 'aria-expanded': open, 'aria-controls': regionId, onClick: toggle },
    regionProps: { id: regionId, hidden: !open },
  };
}
