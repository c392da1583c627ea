import { mountPage } from '../../components/mount';
import { t } from '../../utils/i18n';
import { Options } from './Options';
import './style.css';

void mountPage(() => t('options.title'), () => <Options />);
