import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { button, click, operationName, render } from '../../test/render';
import { badInput, settle, stubFormClient, submit, type } from '../../test/mutations';
import { text } from '../../test/text';
import { leadOf, viewer } from '../account/account.fixtures';
import ReleaseFilesPage from './ReleaseFilesPage';
import { deleteFile, uploadErrorKey, uploadFile, UploadError, type UploadedFile } from './upload';

const fi = (t: string) => ({ text: t, lang: 'fi' as const, isFallback: false });
const pdf = {
  id: 'F1',
  filename: 'raportti.pdf',
  mediaType: 'application/pdf',
  byteSize: 2048,
  downloadUrl: '/api/files/F1',
  uploadedAt: '2026-01-01T00:00:00Z',
};
const release = (files = [pdf]) => ({
  node: {
    __typename: 'Release',
    id: 'R1',
    version: '1.0',
    releasedAt: '2021-12-01',
    notesTranslations: { fi: 'Ensimmäinen versio', sv: null, en: null },
    links: [
      { url: 'https://example.org/lataa', title: { fi: 'Lataussivu', sv: 'Nedladdning', en: null } },
      { url: 'https://example.org/tag/1.0', title: null },
    ],
    files,
    deliverable: {
      id: 'D1',
      title: fi('Loppuraportti'),
      projects: [{ id: 'P1', participants: { nodes: [] } }],
    },
  },
});

/** A fake XMLHttpRequest the test drives: progress events, then an answer. */
class FakeXhr {
  headers: Record<string, string> = {};
  method = '';
  url = '';
  status = 0;
  statusText = '';
  responseText = '';
  responseType = '';
  sent: unknown;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(k: string, v: string) {
    this.headers[k] = v;
  }
  send(body: unknown) {
    this.sent = body;
  }
  abort() {
    this.onabort?.();
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

describe('uploadFile', () => {
  it('posts the file as multipart with the CSRF header, reports progress and resolves with the stored file', async () => {
    const xhr = new FakeXhr();
    const progress = vi.fn();
    const file = new File(['%PDF-1.4'], 'Tilinpäätös.pdf', { type: 'application/pdf' });
    const { done } = uploadFile('UmVsZWFzZTox', file, progress, { xhr: xhr as unknown as XMLHttpRequest });
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/files?release=UmVsZWFzZTox');
    expect(xhr.headers).toEqual({ 'x-kuntagraph-upload': '1' });
    expect((xhr.sent as FormData).get('file')).toBeInstanceOf(File);
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 200 });
    expect(progress).toHaveBeenLastCalledWith(0.25);
    xhr.answer(201, { ...pdf, sha256: 'ab', url: '/api/files/F1' });
    await expect(done).resolves.toMatchObject({ id: 'F1', filename: 'raportti.pdf' });
    expect(progress).toHaveBeenLastCalledWith(1);
  });

  it('rejects with the status, code and details of a refusal', async () => {
    const xhr = new FakeXhr();
    const { done } = uploadFile('R1', new File(['x'], 'a.pdf'), () => undefined, {
      xhr: xhr as unknown as XMLHttpRequest,
    });
    xhr.answer(413, { errors: [{ message: 'Too large', extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: 1024 } }] });
    const err = await done.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UploadError);
    expect(err).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE', details: { maxBytes: 1024 } });
    expect(uploadErrorKey(err)).toBe('upload.error.tooLarge');
    expect(uploadErrorKey(new UploadError(415, 'UNSUPPORTED_MEDIA_TYPE', 'x'))).toBe('upload.error.refusedType');
    // The same bytes again: no "try again".
    expect(uploadErrorKey(new UploadError(409, 'CONFLICT', 'This release already has this file'))).toBe(
      'upload.error.duplicate',
    );
    expect(uploadErrorKey(new UploadError(0, 'NETWORK', 'x'))).toBe('upload.error.network');
  });

  it('tells the 400 answers it recognises apart from other failures', () => {
    expect(uploadErrorKey(new UploadError(400, 'BAD_REQUEST', 'The file is empty.'))).toBe('upload.error.empty');
    expect(uploadErrorKey(new UploadError(400, 'BAD_REQUEST', 'The upload was cut off.'))).toBe('upload.error.network');
    expect(uploadErrorKey(new UploadError(400, 'BAD_REQUEST', 'Too many form parts.'))).toBe('upload.error.other');
  });
});

type Upload = typeof uploadFile;

function fakeUploader() {
  const pending: {
    file: File;
    progress: (f: number) => void;
    resolve: (f: UploadedFile) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const upload: Upload = (_release, file, progress) => {
    let resolve!: (f: UploadedFile) => void;
    let reject!: (e: unknown) => void;
    const done = new Promise<UploadedFile>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    pending.push({ file, progress, resolve, reject });
    return { done, abort: () => undefined };
  };
  return { upload, pending };
}

function drop(zone: Element, files: File[]) {
  const event = new Event('drop', { bubbles: true, cancelable: true });
  Object.assign(event, { dataTransfer: { files, dropEffect: 'none' } });
  act(() => {
    zone.dispatchEvent(event);
  });
}

describe('ReleaseFilesPage', () => {
  const setup = (
    me = viewer({ memberships: [leadOf('P1')] }),
    remove: (id: string) => Promise<void> = () => Promise.resolve(),
    respondMutation: Parameters<typeof stubFormClient>[1] = () => undefined,
  ) => {
    const { upload, pending } = fakeUploader();
    const stub = stubFormClient(
      (r) => (operationName(r) === 'Viewer_Query' ? { data: { me } } : { data: release() }),
      respondMutation,
    );
    const c = render(<ReleaseFilesPage upload={upload} remove={remove} />, stub.client, {
      url: '/fi/releases/R1/files',
      path: '/:lang/releases/:id/files',
    });
    return { c, pending, stub };
  };

  const saved = () => ({ data: { updateRelease: { __typename: 'Release', id: 'R1' } } });
  /** The files page with the release editor open; `respond` answers its mutation. */
  const openEditor = async (respond: Parameters<typeof stubFormClient>[1]) => {
    const opened = setup(undefined, undefined, respond);
    await settle();
    click(button(opened.c, 'Muokkaa versiota, päivämäärää, julkaisutietoja ja linkkejä'));
    await settle();
    return opened;
  };

  it('lists the files with download links and offers a drop zone with an ordinary file input', async () => {
    const { c } = setup();
    await settle();
    expect(text(c.querySelector('h1'))).toBe('Version 1.0 tiedostot');
    const a = c.querySelector('.uploaded-files a');
    expect(a?.getAttribute('href')).toBe('/api/files/F1');
    expect(text(c.querySelector('.uploaded-files li .file-info'))).toBe('raportti.pdf (application/pdf, 2 kB)');
    const input = c.querySelector('.drop-zone input[type="file"]');
    expect(c.querySelector(`label[for="${input?.id}"]`)?.textContent).toBe('Valitse tiedostot');
  });

  it('shows real progress of a dropped file, 100 % when stored, and refreshes the list', async () => {
    const { c, pending, stub } = setup();
    await settle();
    drop(c.querySelector('.drop-zone')!, [new File(['%PDF'], 'opas.pdf')]);
    await settle();
    act(() => pending[0].progress(0.42));
    const bar = c.querySelector('.upload-progress progress') as HTMLProgressElement;
    expect(bar.value).toBe(42);
    expect(c.querySelector(`label[for="${bar.id}"]`)?.textContent).toBe('opas.pdf');
    expect(text(c.querySelector('.upload-percent'))).toBe('42 %');
    const queries = stub.executeQuery.mock.calls.length;
    pending[0].resolve({ ...pdf, id: 'F2', filename: 'opas.pdf', sha256: 'x', url: '/api/files/F2' });
    await settle();
    expect(bar.value).toBe(100);
    expect(text(c.querySelector('.upload-percent'))).toBe('Valmis (100 %)');
    expect(text(c.querySelector('[role="status"][aria-live]'))).toBe('Tiedosto opas.pdf on ladattu.');
    expect(stub.executeQuery.mock.calls.length).toBeGreaterThan(queries);
  });

  it('explains a refused type (415) and a too large file (413), one file after another', async () => {
    const { c, pending } = setup();
    await settle();
    const input = c.querySelector('.drop-zone input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', {
      value: [new File(['MZ'], 'ohjelma.pdf'), new File(['x'], 'iso.pdf')],
      configurable: true,
    });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    // The second waits for the first.
    expect(pending).toHaveLength(1);
    expect(text(c.querySelectorAll('.upload-percent')[1])).toBe('Odottaa…');
    pending[0].reject(new UploadError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Refused'));
    await settle();
    pending[1].reject(new UploadError(413, 'PAYLOAD_TOO_LARGE', 'Too large', { maxBytes: 100 * 1024 * 1024 }));
    await settle();
    expect([...c.querySelectorAll('.upload-progress .field-error')].map(text)).toEqual([
      'Tiedoston ohjelma.pdf tyyppiä ei hyväksytä. Sallitut tyypit: PDF, ZIP, DOCX, XLSX, ODS, ODT, PNG, JPEG ja CSV.',
      'Tiedosto iso.pdf on liian suuri. Suurin sallittu koko on 100 MB.',
    ]);
  });

  it('refuses an empty file without sending it, and says why without asking to try again', async () => {
    const { c, pending } = setup();
    await settle();
    drop(c.querySelector('.drop-zone')!, [new File([], 'tyhja.pdf'), new File(['%PDF'], 'opas.pdf')]);
    await settle();
    expect(pending.map((p) => p.file.name)).toEqual(['opas.pdf']);
    const error = 'Tiedosto tyhja.pdf on tyhjä (0 tavua). Valitse tiedosto, jossa on sisältöä.';
    expect(text(c.querySelector('.upload-progress .field-error'))).toBe(error);
    expect(text(c.querySelector('[role="status"][aria-live]'))).toBe(error);
  });

  it('tells a user who may not edit the release, and asks anonymous visitors to sign in', async () => {
    const { c } = setup(viewer());
    await settle();
    expect(text(c.querySelector('[role="alert"]'))).toBe(
      'Vain hankkeen vastuuhenkilöt ja muokkaajat voivat muokata tätä.',
    );
    expect(c.querySelector('.drop-zone')).toBeNull();
    const anon = setup(null as never);
    await settle();
    expect(text(anon.c.querySelector('.notice p'))).toBe('Kirjaudu sisään jatkaaksesi.');
  });

  it('deletes a file only after confirmation, then refreshes the list', async () => {
    const remove = vi.fn(() => Promise.resolve());
    const { c, stub } = setup(undefined, remove);
    await settle();
    const button = (name: string) =>
      [...c.querySelectorAll('button')].find((b) => text(b) === name) as HTMLButtonElement;
    act(() => button('Poista raportti.pdf').click());
    await settle();
    expect(text(c.querySelector('.file-delete-confirm p'))).toBe(
      'Poistetaanko tiedosto raportti.pdf? Sitä ei voi palauttaa.',
    );
    expect(document.activeElement).toBe(button('Kyllä, poista'));
    act(() => button('Peruuta').click());
    expect(c.querySelector('.file-delete-confirm')).toBeNull();
    expect(remove).not.toHaveBeenCalled();

    act(() => button('Poista raportti.pdf').click());
    await settle();
    const queries = stub.executeQuery.mock.calls.length;
    act(() => button('Kyllä, poista').click());
    await settle();
    expect(remove).toHaveBeenCalledWith('F1');
    expect(text(c.querySelector('[aria-labelledby="files-heading"] [role="status"]'))).toBe(
      'Tiedosto raportti.pdf on poistettu.',
    );
    expect(stub.executeQuery.mock.calls.length).toBeGreaterThan(queries);
  });

  it('shows why a delete was refused and keeps the file', async () => {
    const { c } = setup(undefined, () => Promise.reject(new UploadError(403, 'FORBIDDEN', 'no')));
    await settle();
    const button = (name: string) =>
      [...c.querySelectorAll('button')].find((b) => text(b) === name) as HTMLButtonElement;
    act(() => button('Poista raportti.pdf').click());
    await settle();
    act(() => button('Kyllä, poista').click());
    await settle();
    expect(text(c.querySelector('.file-delete-confirm [role="alert"]'))).toBe(
      'Sinulla ei ole oikeutta poistaa tämän version tiedostoja.',
    );
    expect(c.querySelector('.uploaded-files a')?.getAttribute('href')).toBe('/api/files/F1');
  });

  it('edits the version, date and notes of the release and says it was saved', async () => {
    const updated = {
      __typename: 'Release',
      id: 'R1',
      version: '1.0.1',
      releasedAt: '2021-12-02',
      notesTranslations: { __typename: 'LocalizedText', fi: 'Korjattu', sv: 'Rättad', en: null },
      links: [],
    };
    const { c, stub } = setup(undefined, undefined, () => ({ data: { updateRelease: updated } }));
    await settle();
    const open = [...c.querySelectorAll('button')].find(
      (b) => text(b) === 'Muokkaa versiota, päivämäärää, julkaisutietoja ja linkkejä',
    );
    act(() => open!.click());
    await settle();
    expect((c.querySelector('#f-version') as HTMLInputElement).value).toBe('1.0');
    expect((c.querySelector('#f-notes-fi') as HTMLTextAreaElement).value).toBe('Ensimmäinen versio');
    type(c.querySelector('#f-version'), '');
    submit(c.querySelector('.edit-release form'));
    await settle();
    expect(stub.executeMutation).not.toHaveBeenCalled();
    expect(text(c.querySelector('.error-summary'))).toContain('Versio');

    type(c.querySelector('#f-version'), ' 1.0.1 ');
    type(c.querySelector('#f-notes-fi'), 'Korjattu');
    type(c.querySelector('#f-notes-sv'), 'Rättad');
    submit(c.querySelector('.edit-release form'));
    await settle();
    const [request] = stub.executeMutation.mock.calls[0];
    expect(operationName(request)).toBe('EditRelease_UpdateRelease');
    expect(request.variables).toMatchObject({
      input: {
        id: 'R1',
        version: '1.0.1',
        releasedAt: '2021-12-01',
        notes: { fi: 'Korjattu', sv: 'Rättad', en: null },
      },
    });
    // The links, untouched, go back as they were (the list replaces the stored one).
    expect((request.variables as { input: { links: unknown } }).input.links).toEqual([
      { url: 'https://example.org/lataa', title: { fi: 'Lataussivu', sv: 'Nedladdning', en: null } },
      { url: 'https://example.org/tag/1.0', title: null },
    ]);
    expect(text(c.querySelector('.edit-release [role="status"]'))).toBe('Version tiedot tallennettu.');
    expect(c.querySelector('.edit-release form')).toBeNull();
  });

  it('edits, adds and removes links, keeping the titles in other languages', async () => {
    const { c, stub } = await openEditor(saved);
    expect(c.querySelector('.release-links > legend')?.textContent).toBe('Linkit');
    expect((c.querySelector('#f-links-0-url') as HTMLInputElement).value).toBe('https://example.org/lataa');
    expect((c.querySelector('#f-links-0-title-fi') as HTMLInputElement).value).toBe('Lataussivu');
    expect((c.querySelector('#f-links-1-title-fi') as HTMLInputElement).value).toBe('');
    type(c.querySelector('#f-links-0-url'), 'https://example.org/lataa/1.0.1');
    type(c.querySelector('#f-links-0-title-fi'), 'Uusi lataussivu');
    click(button(c, 'Poista linkki 2'));
    expect(document.activeElement).toBe(button(c, 'Lisää linkki'));
    click(button(c, 'Lisää linkki'));
    await settle();
    expect(c.querySelectorAll('.release-links fieldset')).toHaveLength(2);
    const added = c.querySelectorAll<HTMLInputElement>('.release-links fieldset:last-of-type input');
    type(added[0], 'https://example.org/docs');
    submit(c.querySelector('.edit-release form'));
    await settle();
    expect((stub.executeMutation.mock.calls[0][0].variables as { input: { links: unknown } }).input.links).toEqual([
      { url: 'https://example.org/lataa/1.0.1', title: { fi: 'Uusi lataussivu', sv: 'Nedladdning', en: null } },
      { url: 'https://example.org/docs', title: null },
    ]);
  });

  it('refuses an address the API would refuse before asking it, and removes every link when asked', async () => {
    const { c, stub } = await openEditor(saved);
    type(c.querySelector('#f-links-0-url'), 'javascript:alert(1)');
    type(c.querySelector('#f-links-1-title-fi'), 'Versiotagi');
    type(c.querySelector('#f-links-1-url'), '');
    submit(c.querySelector('.edit-release form'));
    await settle();
    expect(stub.executeMutation).not.toHaveBeenCalled();
    expect(text(c.querySelector('#f-links-0-url-statusText'))).toBe(
      'Anna koko osoite, joka alkaa https:// tai http://.',
    );
    expect(text(c.querySelector('#f-links-1-url-statusText'))).toBe('Täytä tämä kenttä.');
    expect([...c.querySelectorAll('.error-summary a')].map((a) => text(a))).toEqual([
      'Linkin 1 osoite: Anna koko osoite, joka alkaa https:// tai http://.',
      'Linkin 2 osoite: Täytä tämä kenttä.',
    ]);
    for (const url of ['ftp://example.org/x', 'https://exa mple.org', `https://example.org/${'a'.repeat(481)}`]) {
      type(c.querySelector('#f-links-0-url'), url);
      submit(c.querySelector('.edit-release form'));
      await settle();
      expect(text(c.querySelector('#f-links-0-url-statusText'))).toBe(
        'Anna koko osoite, joka alkaa https:// tai http://.',
      );
    }
    expect(stub.executeMutation).not.toHaveBeenCalled();

    click(button(c, 'Poista linkki 1'));
    click(button(c, 'Poista linkki 1'));
    await settle();
    submit(c.querySelector('.edit-release form'));
    await settle();
    expect((stub.executeMutation.mock.calls[0][0].variables as { input: { links: unknown } }).input.links).toEqual([]);
  });

  it("shows the API's BAD_USER_INPUT on the link it names", async () => {
    const { c } = await openEditor(() =>
      badInput([{ field: 'input.links.1.url', message: '"links.1.url" must be an http or https URL.' }]),
    );
    submit(c.querySelector('.edit-release form'));
    await settle();
    expect(text(c.querySelector('#f-links-1-url-statusText'))).toBe('"links.1.url" must be an http or https URL.');
    expect(c.querySelector('#f-links-1-url')?.getAttribute('aria-invalid')).toBe('true');
    expect(c.querySelector('.error-summary a')?.getAttribute('href')).toBe('#f-links-1-url');
    expect(text(c.querySelector('.error-summary a'))).toContain('Linkin 2 osoite');
  });

  it("shows the API's refusal of a release edit in the error summary", async () => {
    const { c } = setup(undefined, undefined, () => ({
      error: new CombinedError({ graphQLErrors: [new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } })] }),
    }));
    await settle();
    act(() =>
      [...c.querySelectorAll('button')]
        .find((b) => text(b) === 'Muokkaa versiota, päivämäärää, julkaisutietoja ja linkkejä')!
        .click(),
    );
    await settle();
    submit(c.querySelector('.edit-release form'));
    await settle();
    expect(text(c.querySelector('.error-summary'))).toContain('Sinulla ei ole oikeutta tähän.');
  });
});

describe('deleteFile', () => {
  it('sends DELETE with the CSRF header and rejects with the status and code of a refusal', async () => {
    const ok = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
    await deleteFile('F1', { fetchImpl: ok as unknown as typeof fetch });
    expect(ok).toHaveBeenCalledWith('/api/files/F1', {
      method: 'DELETE',
      credentials: 'same-origin',
      headers: { 'x-kuntagraph-upload': '1' },
    });
    const refused = vi.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] }), {
          status: 403,
        }),
      ),
    );
    await expect(deleteFile('F1', { fetchImpl: refused as unknown as typeof fetch })).rejects.toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
    });
  });
});
