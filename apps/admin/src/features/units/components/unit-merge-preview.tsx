import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { refusalOf } from '../../../components/forms/refusal';
import type { UserErrorLike } from '../../../components/forms/use-checked-form';
import { formatDate, formatLastDay } from '../../../lib/format';
import type { UnitMergeInput, UnitMergePreviewQuery } from '../../../lib/gql/graphql';
import { useUnitMerge } from '../api/registry.mutations';

export type Preview = UnitMergePreviewQuery['unitMergePreview'];

type Props = {
  input: UnitMergeInput;
  preview: Preview;
  onMerged: (name: string) => void;
};

/** What the merger would do, as unitMergePreview answered it, and the button that does it. */
export function UnitMergePreview({ input, preview, onMerged }: Props) {
  const { t } = useTranslation();
  const [, merge] = useUnitMerge();
  const [refused, setRefused] = useState<readonly UserErrorLike[]>([]);
  const successor = preview.successor;
  if (!successor) return null;
  const date = formatDate(input.date);
  const titles = (items: readonly { title: string }[]) =>
    items.map((item) => item.title).join('; ');
  return (
    <section className="merge-preview" aria-labelledby="merge-preview-title">
      <h3 id="merge-preview-title">
        {t('units.merge.previewTitle', { name: successor.name, date })}
      </h3>
      <h4>{t('units.merge.closes')}</h4>
      <ul>
        {preview.closing.map((closing) => (
          <li key={closing.unit.id}>
            <strong>
              {t('units.merge.closesUnit', {
                name: closing.unit.name,
                last: formatLastDay(input.date),
              })}
            </strong>
            <div>
              {closing.positions.length > 0
                ? t('units.merge.positionsClose', { titles: titles(closing.positions) })
                : t('units.merge.noPositions')}
            </div>
            {closing.endingAssignments.length > 0 ? (
              <div>
                {t('units.merge.assignmentsEnd', { date })}
                <ul>
                  {closing.endingAssignments.map((held) => (
                    <li key={held.id}>
                      {held.cadre.fullName} ({held.position.title})
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <div className="muted">{t('units.merge.noAssignments')}</div>
            )}
          </li>
        ))}
      </ul>
      <h4>{t('units.merge.opens')}</h4>
      <p>
        {t(`units.merge.opening.${successor.opening}`, {
          name: successor.name,
          area: successor.area.name,
          date,
        })}
      </p>
      <h4>{t('units.merge.posts')}</h4>
      {preview.successorPosts.length === 0 ? (
        <p>{t('units.merge.noSuccessorPosts')}</p>
      ) : (
        <ul>
          {preview.successorPosts.map((post) => (
            <li key={post.title}>
              {post.title} ({t(`units.merge.source.${post.source}`)},{' '}
              {t('units.seats', { count: post.seats })}
              {post.isKey ? `, ${t('units.key')}` : ''})
              {post.continues.length > 0 && (
                <div className="muted">
                  {t('units.merge.continues', { titles: titles(post.continues) })}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {refused.length > 0 && (
        <div role="alert" className="field-error">
          <p>{t('units.merge.changed')}</p>
          <ul>
            {refused.map((error) => (
              <li key={`${error.code}-${error.message}`}>{error.message}</li>
            ))}
          </ul>
        </div>
      )}
      <ConfirmButton
        label={t('units.merge.confirm')}
        question={t('units.merge.confirmQuestion', {
          count: preview.closing.length,
          name: successor.name,
          date,
        })}
        onConfirm={async () => {
          const result = await merge({ input });
          const payload = result.data?.unitMerge;
          if (payload?.unit) {
            onMerged(payload.unit.name);
            return;
          }
          setRefused(refusalOf(payload?.userErrors, result.error, t('state.error')));
        }}
      />
    </section>
  );
}
