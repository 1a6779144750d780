import styles from './SettingsBlock.module.css'

/**
 * A titled block inside a settings section (Your data, Backups, the data
 * folder) and its row of buttons, for panels that lay out their own markup.
 */
export const settingsBlock = { block: styles.block, actions: styles.actions }
