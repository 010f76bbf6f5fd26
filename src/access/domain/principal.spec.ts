import { loadActorRegistry } from '../../actors/load-actor-registry.js';
import { mayRecordFor, mayWrite, trustedPrincipal, type Principal } from './principal.js';

const actors = loadActorRegistry();
const varmlandRecorder: Principal = { id: 'key:varmland', role: 'recorder', scope: ['lan:17'] };
const arvikaRecorder: Principal = { id: 'key:arvika', role: 'recorder', scope: ['kommun:1784'] };
const reader: Principal = { id: 'key:reader', role: 'reader', scope: [] };

describe('who may record what', () => {
  it('lets a recorder scoped to a län record for the län, its region and its kommuner', () => {
    expect(mayRecordFor(varmlandRecorder, ['lan:17'], actors)).toBe(true);
    expect(mayRecordFor(varmlandRecorder, ['region:17'], actors)).toBe(true);
    expect(mayRecordFor(varmlandRecorder, ['kommun:1780'], actors)).toBe(true);
    expect(mayRecordFor(varmlandRecorder, ['kommun:1880'], actors)).toBe(false);
  });

  it('lets a kommun recorder record only for its kommun, or where it is one of several owners', () => {
    expect(mayRecordFor(arvikaRecorder, ['kommun:1784'], actors)).toBe(true);
    expect(mayRecordFor(arvikaRecorder, ['lan:17'], actors)).toBe(false);
    expect(mayRecordFor(arvikaRecorder, ['region:17', 'kommun:1784'], actors)).toBe(true);
  });

  it('lets an admin and a trusted local caller record anything, and a reader nothing', () => {
    expect(mayRecordFor(trustedPrincipal('import:varmland-2022.ndjson'), ['national:skr'], actors)).toBe(true);
    expect(mayRecordFor(reader, ['kommun:1784'], actors)).toBe(false);
    expect(mayWrite(reader)).toBe(false);
    expect(mayWrite(arvikaRecorder)).toBe(true);
  });
});
