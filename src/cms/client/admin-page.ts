import { startEditor } from './admin.ts';

void startEditor(document.getElementById('jinguo-admin')!);
