import { mountPage } from '../../components/mount';
import { t } from '../../utils/i18n';
import { App } from './App';
import './style.css';

void mountPage(() => t('manifest.name'), () => <App />);
