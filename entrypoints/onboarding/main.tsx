import { mountPage } from '../../components/mount';
import { t } from '../../utils/i18n';
import { Onboarding } from './Onboarding';
import './style.css';

void mountPage(() => t('onboarding.title'), () => <Onboarding />);
