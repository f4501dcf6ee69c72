import DashboardIcon from '@mui/icons-material/Dashboard';
import FolderIcon from '@mui/icons-material/FolderOutlined';
import type { ComponentType, ReactNode } from 'react';
import { ResourceNav } from '../resources/resource-nav.tsx';
import { PluginNavSection } from '../../plugins/plugin-nav-section.tsx';

/** One link of the per-cluster sidebar; `path` is relative to `/c/:cluster/`. */
export interface ClusterNavItem {
  readonly path: string;
  /** i18next key of the label. */
  readonly labelKey: string;
  readonly icon: ReactNode;
}

/** A titled group of sidebar links (the resource groups of the resource browser plug in here). */
export interface ClusterNavSection {
  readonly id: string;
  /** i18next key of the heading; none for the first section. */
  readonly titleKey?: string;
  readonly items: readonly ClusterNavItem[];
}

/** The sidebar of a cluster, top to bottom. */
export const clusterNavSections: readonly ClusterNavSection[] = [
  {
    id: 'cluster',
    items: [
      { path: '', labelKey: 'clusterNav.overview', icon: <DashboardIcon fontSize="small" /> },
      { path: 'namespaces', labelKey: 'clusterNav.namespaces', icon: <FolderIcon fontSize="small" /> },
    ],
  },
];

/** Sidebar parts below the sections that need the cluster (the resource browser's discovery-driven groups). */
export const clusterNavExtensions: readonly ComponentType<{ cluster: string; onNavigate: () => void }>[] = [
  ResourceNav,
  PluginNavSection,
];
