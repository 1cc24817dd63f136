import { join } from 'node:path';
import { describeProductionBootRefusal } from '@qorgau/service-kit/test-support';

// The built service started as production starts it, without the OIDC settings: it refuses to boot.
describeProductionBootRefusal(join(__dirname, '..', 'dist', 'main.js'));
