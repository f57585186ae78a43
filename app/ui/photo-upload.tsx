import { useEffect, useId, useRef, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import type { UploadAnswer } from "~/modules/studio/upload-schemas";
import { buttonClass } from "./button";
import { ErrorList, type Errors } from "./forms";
import { uploadPhoto } from "./photo-upload-client";
import { useHydrated } from "./use-hydrated";

export interface ExistingPhoto {
  assetId: string;
  altEn: string;
  altHi: string | null;
  preview: string;
}

interface Item {
  key: string;
  assetId: string | null;
  preview: string | null;
  altEn: string;
  altHi: string;
  /** 0–100 while uploading, null once done or failed. */
  progress: number | null;
  error: string | null;
}

export interface PhotoUploadProps {
  photos: ExistingPhoto[];
  max: number;
  /** Where photos go: straight to Cloudinary, or to this server's upload route. */
  target: "cloudinary" | "local";
  /** Errors of the form by field name (Conform's allErrors), for images[i].altEn and the posted photo. */
  errors?: Record<string, Errors>;
  /** Told whether uploads are still running, so that the form can wait for them. */
  onBusyChange?: (busy: boolean) => void;
  legend: string;
  /** What to photograph; the listing's advice by default. */
  intro?: string;
}

const fromExisting = (photo: ExistingPhoto): Item => ({ key: photo.assetId, assetId: photo.assetId, preview: photo.preview, altEn: photo.altEn, altHi: photo.altHi ?? "", progress: null, error: null });

/**
 * Photos of a listing or a maker: each with required alt text, in an order the artisan chooses.
 * With JavaScript, photos are made smaller in the phone before they travel and uploaded one by one
 * with a progress bar; buttons move and remove them in the page. Without it, the same list posts with
 * the form, one new photo rides along as a plain file, and the buttons ask the server to move or remove.
 */
export function PhotoUpload({ photos, max, target, errors = {}, onBusyChange, legend, intro }: PhotoUploadProps) {
  const { t } = useTranslation("studio");
  // Upload errors are keys of the common namespace (media.rejected.*) or prefixed with theirs.
  const { t: tError } = useTranslation();
  const hydrated = useHydrated();
  const [items, setItems] = useState<Item[]>(() => photos.map(fromExisting));
  const [announcement, setAnnouncement] = useState("");
  const focusAfterMove = useRef<string | null>(null);
  const busy = items.some((item) => item.progress !== null);

  useEffect(() => onBusyChange?.(busy), [busy, onBusyChange]);
  // A saved form comes back with the stored photos: start from them again.
  const saved = photos.map((photo) => `${photo.assetId}:${photo.altEn}:${photo.altHi ?? ""}`).join("|");
  const [lastSaved, setLastSaved] = useState(saved);
  if (saved !== lastSaved) {
    setLastSaved(saved);
    setItems(photos.map(fromExisting));
  }
  useEffect(() => {
    if (!focusAfterMove.current) return;
    document.getElementById(focusAfterMove.current)?.focus();
    focusAfterMove.current = null;
  });

  const update = (key: string, change: Partial<Item>) => setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));

  function move(index: number, by: -1 | 1) {
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    setItems(next);
    const position = index + by;
    const edge = (by === -1 && position === 0) || (by === 1 && position === next.length - 1);
    focusAfterMove.current = `${item!.key}-${edge ? (by === -1 ? "down" : "up") : by === -1 ? "up" : "down"}`;
    setAnnouncement(t("photos.moved", { position: position + 1, total: next.length }));
  }

  function remove(key: string) {
    const preview = items.find((item) => item.key === key)?.preview;
    if (preview?.startsWith("blob:")) URL.revokeObjectURL(preview);
    setItems((current) => current.filter((item) => item.key !== key));
    setAnnouncement(t("photos.removed"));
  }

  function addFiles(files: FileList | null) {
    const room = max - items.length;
    const chosen = [...(files ?? [])].slice(0, Math.max(room, 0));
    if (files && files.length > chosen.length) setAnnouncement(t("photos.tooMany", { max }));
    for (const file of chosen) {
      const key = `new-${Math.random().toString(36).slice(2)}`;
      setItems((current) => [...current, { key, assetId: null, preview: URL.createObjectURL(file), altEn: "", altHi: "", progress: 0, error: null }]);
      setAnnouncement(t("photos.uploading"));
      void uploadPhoto(file, target, (percent) => update(key, { progress: percent })).then((answer: UploadAnswer) => {
        if ("error" in answer) {
          update(key, { progress: null, error: answer.error });
          setAnnouncement(tError(answer.error as never));
        } else {
          update(key, { progress: null, assetId: answer.assetId });
          setAnnouncement(t("photos.uploaded"));
        }
      });
    }
  }

  let posted = -1;
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">{legend}</legend>
      <p className="text-sm text-stone-700">{intro ?? t("photos.intro", { max })}</p>
      <ErrorList errors={errors.images} />
      {items.length > 0 ? (
        <ol className="space-y-4">
          {items.map((item, index) => {
            const name = item.assetId && !item.error ? `images[${++posted}]` : null;
            return (
              <li key={item.key} className="rounded-md border border-stone-300 bg-white p-3">
                <PhotoRow
                  item={item}
                  index={index}
                  total={items.length}
                  name={name}
                  errors={name ? errors : {}}
                  hydrated={hydrated}
                  onChange={(change) => update(item.key, change)}
                  onMove={(by) => move(index, by)}
                  onRemove={() => remove(item.key)}
                />
              </li>
            );
          })}
        </ol>
      ) : null}
      {items.length < max ? hydrated ? <PhotoPicker multiple={max > 1} onFiles={addFiles} /> : <PlainPhotoInput errors={errors} /> : <p className="text-sm text-stone-700">{t("photos.full", { max })}</p>}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}

function PhotoRow({
  item,
  index,
  total,
  name,
  errors,
  hydrated,
  onChange,
  onMove,
  onRemove,
}: {
  item: Item;
  index: number;
  total: number;
  name: string | null;
  errors: Record<string, Errors>;
  hydrated: boolean;
  onChange: (change: Partial<Item>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation("studio");
  const { t: tError } = useTranslation();
  const id = useId();
  const number = index + 1;
  // Without JavaScript these buttons submit the form, and the server moves or removes the photo.
  const control = (action: "up" | "down" | "remove", onClick: () => void) =>
    hydrated ? { type: "button" as const, onClick } : { type: "submit" as const, name: "photoAction", value: `${action}:${index}`, formNoValidate: true };
  return (
    <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
      <div className="aspect-square w-32 overflow-hidden rounded bg-stone-200">
        {item.preview ? <img src={item.preview} alt="" className="h-full w-full object-cover" /> : null}
      </div>
      <div className="space-y-3">
        <p className="font-semibold">{t("photos.number", { number, total })}</p>
        {item.progress !== null ? (
          <div>
            <label htmlFor={`${id}-progress`} className="block text-sm text-stone-800">
              {t("photos.progress", { percent: item.progress })}
            </label>
            <progress id={`${id}-progress`} max={100} value={item.progress} className="mt-1 h-3 w-full" />
          </div>
        ) : null}
        {item.error ? (
          <p role="alert" className="font-medium text-red-800">
            {tError(item.error as never)}
          </p>
        ) : null}
        {name ? <input type="hidden" name={`${name}.assetId`} value={item.assetId ?? ""} /> : null}
        {item.error ? null : (
          <>
            <AltField
              id={`${id}-alt-en`}
              name={name ? `${name}.altEn` : undefined}
              label={t("photos.altEn")}
              hint={t("photos.altHint")}
              value={item.altEn}
              onChange={(altEn) => onChange({ altEn })}
              errors={name ? errors[`${name}.altEn`] : undefined}
              required
            />
            <AltField
              id={`${id}-alt-hi`}
              name={name ? `${name}.altHi` : undefined}
              label={t("photos.altHi")}
              value={item.altHi}
              onChange={(altHi) => onChange({ altHi })}
              errors={name ? errors[`${name}.altHi`] : undefined}
              lang="hi"
            />
          </>
        )}
        <div className="flex flex-wrap gap-2">
          {item.error ? null : (
            <>
              <button id={`${item.key}-up`} className={buttonClass.secondary} disabled={index === 0} aria-label={t("photos.moveUpLabel", { number })} {...control("up", () => onMove(-1))}>
                {t("photos.moveUp")}
              </button>
              <button id={`${item.key}-down`} className={buttonClass.secondary} disabled={index === total - 1} aria-label={t("photos.moveDownLabel", { number })} {...control("down", () => onMove(1))}>
                {t("photos.moveDown")}
              </button>
            </>
          )}
          <button className={buttonClass.secondary} aria-label={t("photos.removeLabel", { number })} {...control("remove", onRemove)}>
            {t("photos.remove")}
          </button>
        </div>
      </div>
    </div>
  );
}

function AltField({
  id,
  name,
  label,
  hint,
  value,
  onChange,
  errors,
  required,
  lang,
}: {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  /** Left out for a field the browser keeps (the page without JavaScript). */
  value?: string;
  onChange?: (value: string) => void;
  errors?: Errors;
  required?: boolean;
  lang?: string;
}) {
  const errorId = errors?.length ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-stone-800">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-stone-700">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type="text"
        lang={lang}
        value={value}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
        required={required}
        maxLength={250}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="mt-1 block min-h-11 w-full rounded-md border border-stone-500 bg-white px-3 py-2 text-base text-stone-900 aria-[invalid=true]:border-red-700"
      />
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}

/** With JavaScript: pick photos from the gallery (phones also offer the camera), or open the camera directly. */
function PhotoPicker({ multiple, onFiles }: { multiple: boolean; onFiles: (files: FileList | null) => void }) {
  const { t } = useTranslation("studio");
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    onFiles(event.target.files);
    event.target.value = "";
  };
  // The input itself is hidden: its label shows the keyboard focus.
  const look = `${buttonClass.secondary} cursor-pointer has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-indigo-700`;
  return (
    <div className="flex flex-wrap gap-3">
      <label className={look}>
        <input type="file" accept="image/*" multiple={multiple} onChange={pick} className="sr-only" />
        {multiple ? t("photos.add") : t("photos.addOne")}
      </label>
      <label className={look}>
        <input type="file" accept="image/*" capture="environment" onChange={pick} className="sr-only" />
        {t("photos.camera")}
      </label>
    </div>
  );
}

/** Without JavaScript: one photo posted with the form, with its alt text. */
function PlainPhotoInput({ errors }: { errors: Record<string, Errors> }) {
  const { t } = useTranslation("studio");
  const id = useId();
  return (
    <div className="space-y-3 rounded-md border border-dashed border-stone-500 p-3">
      <div>
        <label htmlFor={`${id}-file`} className="block text-sm font-semibold text-stone-800">
          {t("photos.addOne")}
        </label>
        <input id={`${id}-file`} type="file" name="photo" accept="image/*" className="mt-1 block min-h-11 w-full text-base" aria-describedby={errors.photo?.length ? `${id}-file-error` : undefined} />
        <ErrorList id={`${id}-file-error`} errors={errors.photo} />
      </div>
      <AltField id={`${id}-alt-en`} name="photoAltEn" label={t("photos.altEn")} hint={t("photos.altHint")} errors={errors.photoAltEn} />
      <AltField id={`${id}-alt-hi`} name="photoAltHi" label={t("photos.altHi")} errors={errors.photoAltHi} lang="hi" />
    </div>
  );
}
