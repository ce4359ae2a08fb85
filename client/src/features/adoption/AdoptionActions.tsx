import { useState } from 'react';
import { Button } from 'suomifi-ui-components';
import { useMutation } from 'urql';
import { formErrors, newIdempotencyKey } from '../../app/forms';
import { useT } from '../../app/i18n';
import { useViewer, type Viewer } from '../account/viewer';
import { ConfirmAdoptionMutation, VerifyAdoptionMutation } from './adoption.queries';

export interface AdoptionFacts {
  id: string;
  version: number;
  verification: string;
  countsAsReuse: boolean;
  evidenceUrls: readonly string[];
  organisation: { id: string };
}

/**
 * Whether to offer confirming: members of the adopting organisation (as actsForOrganisation in
 * adoption.policy decides). A guess for showing the button; the API answers FORBIDDEN otherwise.
 */
export function mayConfirmAdoption(viewer: Viewer | null | undefined, a: AdoptionFacts): boolean {
  if (!viewer || viewer.kind !== 'USER') return false;
  return viewer.memberships.some((m) => m.organisation?.id === a.organisation.id);
}

/** Whether to offer verifying: curators, while not verified and there is evidence to check. */
export function mayVerifyAdoption(viewer: Viewer | null | undefined, a: AdoptionFacts): boolean {
  if (!viewer || viewer.kind !== 'USER' || !viewer.isAdmin) return false;
  return a.verification !== 'VERIFIED' && a.evidenceUrls.length > 0;
}

/**
 * On an adopter row of the deliverable page: confirm (the adopter's members) and verify (curators).
 * Success is announced by the caller: the row may move (a confirmed claim becomes reuse).
 */
export function AdoptionActions({ adoption, onDone }: { adoption: AdoptionFacts; onDone: (message: string) => void }) {
  const { t } = useT();
  const { viewer } = useViewer();
  const [confirmState, confirm] = useMutation(ConfirmAdoptionMutation);
  const [verifyState, verify] = useMutation(VerifyAdoptionMutation);
  const [error, setError] = useState('');

  const canConfirm = mayConfirmAdoption(viewer, adoption);
  const canVerify = mayVerifyAdoption(viewer, adoption);
  if (!canConfirm && !canVerify) return null;

  const busy = confirmState.fetching || verifyState.fetching;
  const input = { id: adoption.id, expectedVersion: adoption.version };
  const run = async (kind: 'confirm' | 'verify') => {
    if (busy) return;
    setError('');
    const result =
      kind === 'confirm'
        ? await confirm({ input, idempotencyKey: newIdempotencyKey() })
        : await verify({ input, idempotencyKey: newIdempotencyKey() });
    if (result.error) {
      const e = formErrors(result.error, t);
      // The API decides who may; say what it takes rather than a bare "not allowed".
      if (e.code === 'FORBIDDEN') setError(t(`adoption.actions.forbidden.${kind}`));
      else if (e.code === 'CONFLICT') setError(t('adoption.actions.conflict'));
      else setError(e.errors[0]?.message ?? t('form.error.server'));
    } else onDone(t(kind === 'confirm' ? 'adoption.actions.confirmed' : 'adoption.actions.verified'));
  };

  return (
    <div className="adoption-actions">
      <div className="row-actions">
        {canConfirm && (
          <Button variant="secondary" aria-disabled={busy} onClick={() => void run('confirm')}>
            {t(adoption.countsAsReuse ? 'adoption.actions.reconfirm' : 'adoption.actions.confirm')}
          </Button>
        )}
        {canVerify && (
          <Button variant="secondary" aria-disabled={busy} onClick={() => void run('verify')}>
            {t('adoption.actions.verify')}
          </Button>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
