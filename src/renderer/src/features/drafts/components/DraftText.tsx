import { forwardRef, useMemo } from 'react'
import { Typography } from '@mantine/core'
import Markdown from 'react-markdown'
import { markFlags } from './markFlags'
import classes from './DraftText.module.css'

/** A draft as Markdown, with unsupported numbers highlighted. Raw HTML in drafts is not rendered. */
export const DraftText = forwardRef<HTMLDivElement, { text: string; flagged?: string[] }>(function DraftText({ text, flagged = [] }, ref) {
  const plugins = useMemo(() => [markFlags(flagged)], [flagged])
  return (
    <Typography>
      <div ref={ref} className={classes.root}>
        <Markdown rehypePlugins={plugins}>{text}</Markdown>
      </div>
    </Typography>
  )
})
