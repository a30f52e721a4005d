import { test } from 'node:test';
import { check, expectNone, expectOne, machine } from './helper';

const proc = (config?: Record<string, unknown>) => ({
  ...(config && { ProcessorConfig: config }),
  StartAt: 'I',
  States: { I: { Type: 'Pass', End: true } },
});

test('processor-config: ItemReader on an INLINE map (default mode)', () => {
  expectOne(
    machine({
      M: { Type: 'Map', ItemProcessor: proc(), ItemReader: { Resource: 'arn:aws:states:::s3:getObject' }, End: true },
    }),
    'processor-config',
    '"ItemReader"',
  );
});

test('processor-config: Label and ToleratedFailureCount on an explicit INLINE map', () => {
  const text = machine({ M: { Type: 'Map', ItemProcessor: proc({ Mode: 'INLINE' }), Label: 'x', End: true } });
  expectOne(text, 'processor-config', '"Label"');
});

test('processor-config: DISTRIBUTED without ExecutionType', () => {
  expectOne(
    machine({ M: { Type: 'Map', ItemProcessor: proc({ Mode: 'DISTRIBUTED' }), End: true } }),
    'processor-config',
    '"DISTRIBUTED"',
  );
});

test('processor-config: a complete distributed map', () => {
  check(
    machine({
      M: {
        Type: 'Map',
        ItemProcessor: proc({ Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' }),
        Label: 'run',
        ItemReader: {
          Resource: 'arn:aws:states:::s3:getObject',
          ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' },
          Parameters: { Bucket: 'b', Key: 'k' },
        },
        ItemBatcher: { MaxItemsPerBatch: 10 },
        ToleratedFailurePercentage: 5,
        MaxConcurrency: 100,
        End: true,
      },
    }),
    [],
  );
  expectNone(machine({ M: { Type: 'Map', ItemProcessor: proc(), End: true } }), 'processor-config');
});
