/** The options page: mounts the options app with the real engine and browser services. */
import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';
import { getLogWinShortcut, getNextMarkShortcut, listUserSites, openShortcutSettings, revokeUserSite } from '../../extension/user-sites.ts';
import { optionsEngine } from './engine.ts';
import '../../components/styles.css';
import { installKindPalette } from '../../components/kind-palette.ts';
import '../../components/options/options.css';

installKindPalette();

const services = { listUserSites, revokeUserSite, getShortcut: getNextMarkShortcut, getLogWinShortcut, openShortcutSettings };

render(<OptionsApp engine={optionsEngine} services={services} />, document.getElementById('app')!);
