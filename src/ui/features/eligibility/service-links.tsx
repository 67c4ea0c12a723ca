import { Button } from '@fluentui/react-components';

export type ServiceLinksProps = {
  readonly ids: readonly string[];
  readonly nameOf: ReadonlyMap<string, string>;
  readonly onFocusService: (serviceId: string) => void;
  readonly className?: string;
};

/** Services named by id, each a button that moves focus to its row (an id the catalogue lacks stays plain text). */
export function ServiceLinks({ ids, nameOf, onFocusService, className }: ServiceLinksProps) {
  return (
    <ul className={className}>
      {ids.map((id) => {
        const name = nameOf.get(id);
        return (
          <li key={id}>
            {name ? (
              <Button size="small" onClick={() => onFocusService(id)}>
                {name}
              </Button>
            ) : (
              id
            )}
          </li>
        );
      })}
    </ul>
  );
}
