import { z } from 'zod';

import { COUNCIL_CODE } from './council-code';

export const councilCodeSchema = z
  .string()
  .regex(COUNCIL_CODE, { message: 'Choose a council from the list (an ONS code such as E09000023)' });
