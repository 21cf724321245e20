import { Button } from '@/components/ui/button';

type Choice = { value: string; label: string; variant?: 'primary' | 'secondary' | 'danger' };

/**
 * The submit buttons of a decision form (approve / deny, confirm / send back …):
 * each posts `name=value`, so one action reads which was chosen.
 */
export function DecisionButtons({
  name,
  choices,
  pending,
  className = 'flex flex-wrap gap-2',
}: {
  name: string;
  choices: Choice[];
  pending: boolean;
  className?: string;
}) {
  return (
    <div className={className}>
      {choices.map((c) => (
        <Button key={c.value} type="submit" name={name} value={c.value} variant={c.variant ?? 'primary'} disabled={pending}>
          {c.label}
        </Button>
      ))}
    </div>
  );
}
