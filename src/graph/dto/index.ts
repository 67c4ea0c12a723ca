// The Graph DTOs the sandbox and the product's Graph gateway share (eslint zones: sandbox may import only this).
export * from './attachment.schema';
export * from './directory.schema';
export * from './extended-property.schema';
export * from './mail-folder.schema';
export * from './message.schema';
export * from './recipient.schema';
export * from './teams.schema';
export * from './upload-session.schema';
export * from './body-text';
