declare module 'virtual:national-outlines' {
  /** Every municipality's outline on the national map, projected when the app was built. */
  const outlines: readonly import('./project-outlines').Outline[];
  export default outlines;
}
